package io.onedoor.cases.matter;

/** An extension the matter does not have. */
public class NoSuchExtensionException extends NoSuchPartException {

    private static final long serialVersionUID = 1L;

    public NoSuchExtensionException(int number) {
        super("extension", "The matter has no extension " + number + ".");
    }
}
