/**
 * The web console: its page at {@code /} and {@code /console/**} and its hashed assets at
 * {@code /assets/**}, from the admin-console jar on the class path, precompressed.
 */
@NullMarked
package io.onedoor.gateway.console;

import org.jspecify.annotations.NullMarked;
