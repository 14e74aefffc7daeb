/**
 * Lock and key (一把钥匙开一把锁): splitting a complex matter into sub-claims, each department's
 * proposed solution, and the joint meeting (会商) whose plan settles them.
 */
@NullMarked
package io.onedoor.cases.locks;

import org.jspecify.annotations.NullMarked;
