package io.onedoor.cases.matter;

/** An instalment number the matter's payment agreement does not have. */
public class NoSuchInstalmentException extends NoSuchPartException {

    private static final long serialVersionUID = 1L;

    public NoSuchInstalmentException(int number) {
        super("instalment", "The matter's payment agreement has no instalment " + number + ".");
    }
}
