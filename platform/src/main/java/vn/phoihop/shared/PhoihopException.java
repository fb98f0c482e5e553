package vn.phoihop.shared;

import java.util.Map;

/**
 * A refusal or failure with a stable {@link ErrorCode}. The web layer turns it into the JSON
 * error body {@code {code, message_vi, message_en, details}}.
 */
public class PhoihopException extends RuntimeException {

    private final ErrorCode errorCode;
    private final Map<String, Object> details;

    public PhoihopException(ErrorCode errorCode) {
        this(errorCode, Map.of());
    }

    public PhoihopException(ErrorCode errorCode, Map<String, Object> details) {
        super(errorCode.code());
        this.errorCode = errorCode;
        this.details = Map.copyOf(details);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public Map<String, Object> details() {
        return details;
    }
}
