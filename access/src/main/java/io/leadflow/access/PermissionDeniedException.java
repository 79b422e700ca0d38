package io.leadflow.access;

/**
 * The caller is known but may not do this: answered with 403 and this message, which says which permission or
 * scope is missing.
 */
public class PermissionDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }
}
