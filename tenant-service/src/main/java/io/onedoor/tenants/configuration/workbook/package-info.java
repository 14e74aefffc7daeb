/**
 * The center's configuration as an Excel workbook a local admin fills in with Excel or WPS: one
 * sheet per kind of row, written from and read back into a
 * {@link io.onedoor.tenants.configuration.CenterConfiguration}. Reading checks the workbook's
 * shape (sheets, headers, cell types, limits, references between sheets) and reports every cell
 * at fault at once; the business rules are {@link io.onedoor.tenants.configuration.ConfigurationRules}'.
 */
@NullMarked
package io.onedoor.tenants.configuration.workbook;

import org.jspecify.annotations.NullMarked;
