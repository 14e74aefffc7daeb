@NullMarked
package io.onedoor.cases.web;

import org.jspecify.annotations.NullMarked;
