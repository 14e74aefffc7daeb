package io.onedoor.tenants.configuration.workbook;

import io.onedoor.tenants.configuration.CenterConfiguration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A center's configuration as an Excel workbook (.xlsx) for local admins to export, fill in with
 * Excel or WPS, and import: {@link #write} and {@link #read} are exact inverses for every
 * configuration ({@code read(write(c)).equals(c)}).
 */
@Component
public class ConfigurationWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The workbook: a README sheet, then one sheet per kind of row, in document order. */
    public byte[] write(CenterConfiguration configuration) {
        return WorkbookWriter.write(configuration);
    }

    /**
     * The configuration a workbook holds, checked for shape only (sheets, headers, cell types,
     * the API's limits, references between sheets); the business rules are checked on the result.
     *
     * @throws WorkbookProblems listing every problem: each cell at fault, or the one thing that
     *     makes the upload no configuration workbook at all
     */
    public CenterConfiguration read(InputStream xlsx) {
        byte[] bytes = UploadGuard.admit(xlsx);
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI reports a zip that is no spreadsheet in many ways; to the admin they are all one.
            throw UploadGuard.refused("not an Excel workbook (.xlsx) that can be read");
        }
        try (workbook) {
            return WorkbookReader.read(workbook);
        } catch (IOException e) {
            // Closing a workbook read from memory writes nothing back; there is nothing to lose.
            throw new IllegalStateException(e);
        }
    }
}
