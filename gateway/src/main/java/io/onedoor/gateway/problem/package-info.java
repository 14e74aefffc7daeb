/** RFC 9457 answers for every refusal and error the gateway produces itself. */
@NullMarked
package io.onedoor.gateway.problem;

import org.jspecify.annotations.NullMarked;
