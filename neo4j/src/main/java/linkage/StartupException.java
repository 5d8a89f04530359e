package linkage;

/** A start-up failure whose message already says what to do; main prints it without a stack trace. */
final class StartupException extends Exception {
    private static final long serialVersionUID = 1L;

    StartupException(String message) {
        super(message);
    }
}
