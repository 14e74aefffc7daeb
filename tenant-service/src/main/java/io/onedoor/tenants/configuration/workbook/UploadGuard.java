package io.onedoor.tenants.configuration.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Admits an upload as an .xlsx before POI opens it: no bigger than a configuration can be, a zip,
 * and unpacking to no more than that either. The unpacked bytes are counted as they inflate, so
 * a zip bomb is stopped by what it really holds, not by what its headers claim; and the bound is
 * the workbook's, where POI's {@code ZipSecureFile} limits are per entry and JVM-wide.
 */
final class UploadGuard {

    /** A real configuration workbook (thousands of rows) is well under 2 MB unpacked. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** An .xlsx has a few dozen parts. */
    static final int MAX_PARTS = 1000;

    /** Every Office Open XML package has it; a zip without it is some other zip. */
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private UploadGuard() {}

    static byte[] admit(InputStream upload) {
        byte[] bytes;
        try {
            bytes = upload.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded workbook", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw refused("the file is larger than 10 MB; a configuration workbook is far smaller");
        }
        if (startsWith(bytes, OLE2)) {
            throw refused("an Excel 97-2003 (.xls) or password-protected file: save it as an Excel workbook (.xlsx)"
                    + " without a password and import that");
        }
        if (!startsWith(bytes, ZIP)) {
            throw refused("not an Excel workbook (.xlsx)");
        }
        checkUnpackedSize(bytes);
        return bytes;
    }

    private static void checkUnpackedSize(byte[] bytes) {
        byte[] buffer = new byte[8192];
        long unpacked = 0;
        int parts = 0;
        boolean packaged = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                packaged |= entry.getName().equals(CONTENT_TYPES);
                if (++parts > MAX_PARTS) {
                    throw refused("the file has more than " + MAX_PARTS + " parts; not a configuration workbook");
                }
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_BYTES) {
                        throw refused(
                                "the workbook unpacks to more than 10 MB; a configuration workbook is far smaller");
                    }
                }
            }
        } catch (IOException e) {
            throw refused("not an Excel workbook (.xlsx): the file is damaged");
        }
        if (!packaged) {
            throw refused("not an Excel workbook (.xlsx)");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static WorkbookProblems refused(String message) {
        return WorkbookProblems.of(WorkbookProblems.WORKBOOK, message);
    }
}
