/** Request body limits, per route. */
@NullMarked
package io.onedoor.gateway.body;

import org.jspecify.annotations.NullMarked;
