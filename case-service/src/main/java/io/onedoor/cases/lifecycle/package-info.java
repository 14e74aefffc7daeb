/** Taking a step of a matter: the matter loaded within reach, its version checked, the step applied by the aggregate and recorded, all in one transaction. */
@NullMarked
package io.onedoor.cases.lifecycle;

import org.jspecify.annotations.NullMarked;
