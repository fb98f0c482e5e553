package vn.phoihop.shared;

/**
 * The one catalogue of stable error codes. A code never changes meaning once released; clients
 * and golden files depend on it. Each code carries its HTTP status (the one place that maps
 * them) and a message in Vietnamese and English that says what went wrong and how to fix it.
 */
public enum ErrorCode {
    AUTH_REQUIRED("auth.required", 401,
            "Cần đăng nhập: gửi tiêu đề 'Authorization: Bearer <token>' (lấy token tại POST /api/v1/auth/token).",
            "Authentication required: send 'Authorization: Bearer <token>' (get one from POST /api/v1/auth/token)."),
    AUTH_BAD_CREDENTIALS("auth.bad_credentials", 401,
            "Tên đăng nhập hoặc mật khẩu không đúng.",
            "Wrong username or password."),
    AUTH_TOKEN_INVALID("auth.token_invalid", 401,
            "Token không hợp lệ hoặc đã bị thu hồi: hãy lấy token mới.",
            "The token is not valid or was revoked: get a new one."),
    AUTH_TOKEN_EXPIRED("auth.token_expired", 401,
            "Token đã hết hạn: hãy lấy token mới.",
            "The token has expired: get a new one."),
    AUTH_LOCKED("auth.locked", 401,
            "Tài khoản tạm thời bị khóa vì đăng nhập sai nhiều lần: thử lại sau thời điểm trong 'locked_until' hoặc nhờ quản trị viên mở khóa.",
            "The account is locked for a while after repeated failed sign-ins: try again after 'locked_until' or ask an administrator."),
    AUTH_THROTTLED("auth.throttled", 429,
            "Quá nhiều lần đăng nhập sai từ địa chỉ này: chờ theo 'retry_after_seconds' rồi thử lại.",
            "Too many failed sign-ins from this address: wait 'retry_after_seconds' and try again."),
    AUTH_TOTP_REQUIRED("auth.totp_required", 401,
            "Tài khoản này cần mã xác thực hai lớp: gửi thêm trường 'totp' (6 chữ số từ ứng dụng xác thực) hoặc 'recovery_code'.",
            "This account needs a second factor: also send 'totp' (6 digits from the authenticator app) or 'recovery_code'."),
    AUTH_TOTP_INVALID("auth.totp_invalid", 401,
            "Mã xác thực hai lớp không đúng hoặc đã hết hạn: nhập mã mới đang hiển thị trong ứng dụng xác thực (kiểm tra đồng hồ thiết bị).",
            "The second-factor code is wrong or expired: enter the code the authenticator app shows now (check the device's clock)."),
    AUTH_TOTP_ENROLMENT_REQUIRED("auth.totp_enrolment_required", 403,
            "Quản trị viên và cán bộ Công an phải đăng ký xác thực hai lớp: đăng nhập trên trang web và làm theo hướng dẫn đăng ký trước.",
            "Administrators and police officers must enrol a second factor: sign in on the web page and enrol first."),
    AUTH_SCOPE_MISSING("auth.scope_missing", 403,
            "Token này không có phạm vi (scope) cho thao tác này: tạo token có phạm vi trong 'required_scope'.",
            "This token has no scope for this operation: create a token with the scope given in 'required_scope'."),
    AUTH_PASSWORD_POLICY("auth.password_policy", 400,
            "Mật khẩu không đạt yêu cầu: xem chi tiết (độ dài tối thiểu, không chứa tên đăng nhập, không thuộc danh sách mật khẩu phổ biến).",
            "The password does not meet the policy: see the details (minimum length, must not contain the username, must not be a common password)."),
    UPLOAD_TOO_LARGE("request.too_large", 413,
            "Tệp hoặc yêu cầu vượt quá giới hạn kích thước cho phép: chia nhỏ tệp hoặc liên hệ quản trị viên (PHOIHOP_MAX_UPLOAD).",
            "The file or request is larger than allowed: split the file or ask the administrator (PHOIHOP_MAX_UPLOAD)."),
    ACCESS_DENIED("access.denied", 403,
            "Tài khoản của bạn không có quyền thực hiện thao tác này.",
            "Your account is not allowed to do this."),
    NOT_FOUND("request.not_found", 404,
            "Không tìm thấy tài nguyên được yêu cầu.",
            "The requested resource does not exist."),
    MALFORMED_REQUEST("request.malformed", 400,
            "Yêu cầu không đúng định dạng: kiểm tra lại nội dung JSON và các tham số.",
            "The request is malformed: check the JSON body and the parameters."),
    VALIDATION_FAILED("request.invalid", 400,
            "Dữ liệu gửi lên không hợp lệ: xem chi tiết từng trường.",
            "The submitted data is invalid: see the details per field."),
    METHOD_NOT_ALLOWED("request.method_not_allowed", 405,
            "Phương thức HTTP này không được hỗ trợ cho địa chỉ này.",
            "This HTTP method is not supported for this address."),
    CONFLICT("request.conflict", 409,
            "Yêu cầu xung đột với trạng thái hiện tại của dữ liệu.",
            "The request conflicts with the current state of the data."),
    REGISTRY_UNKNOWN_AGENCY("registry.unknown_agency", 400,
            "Không có cơ quan với mã này trong danh bạ: kiểm tra mã cơ quan (ví dụ 51.social_security).",
            "No agency with this code in the directory: check the agency code (e.g. 51.social_security)."),
    REGISTRY_UNKNOWN_ROLE("registry.unknown_role", 400,
            "Không có vai trò với mã này: xem danh sách tại GET /api/v1/roles.",
            "No role with this code: see the list at GET /api/v1/roles."),
    REGISTRY_INVALID_PERIOD("registry.invalid_period", 400,
            "Khoảng thời gian không hợp lệ: ngày kết thúc phải sau hoặc bằng ngày bắt đầu.",
            "Invalid period: the end date must not be before the start date."),
    REGISTRY_ASSIGNMENT_OVERLAP("registry.assignment_overlap", 409,
            "Vai trò đã được giao cho cơ quan khác từ ngày này hoặc sau đó: sửa phân công đó trước.",
            "The role is already assigned from this date or later: change that assignment first."),
    REGISTRY_IMPORT_INVALID("registry.import_invalid", 400,
            "Tệp nhập không hợp lệ: xem chi tiết từng dòng lỗi (mã xã 5 chữ số, mã tỉnh 2 chữ số, tên).",
            "The imported file is invalid: see the rejected lines (5-digit commune code, 2-digit province code, name)."),
    OBLIGATION_CLOSED("obligation.closed", 409,
            "Nghĩa vụ này đã hoàn thành hoặc đã được miễn; không thể thay đổi nữa.",
            "This obligation is already fulfilled or waived; it cannot change any more."),
    OBLIGATION_NOT_YOURS("obligation.not_yours", 403,
            "Cơ quan của bạn không phải bên có nghĩa vụ hay bên nhận của nghĩa vụ này.",
            "Your agency neither owes nor receives this obligation."),
    MEETING_CLOSED("meeting.closed", 409,
            "Cuộc họp đã kết thúc hoặc bị hủy: không thể sửa nội dung này nữa.",
            "The meeting is closed or cancelled: this cannot be changed any more."),
    EXCHANGE_UNKNOWN_DATASET("exchange.unknown_dataset", 404,
            "Không có bộ dữ liệu với mã này: xem danh mục 17 bộ dữ liệu (ví dụ business_registry, population).",
            "No dataset with this code: see the catalogue of 17 datasets (e.g. business_registry, population)."),
    EXCHANGE_NOT_PROVIDER("exchange.not_provider", 403,
            "Cơ quan của bạn không giữ vai trò cung cấp bộ dữ liệu này tại địa bàn của mình vào ngày gửi; tệp không được nhận.",
            "Your agency does not hold a provider role for this dataset in its jurisdiction on the submission date; the file was not accepted."),
    EXCHANGE_NOT_ENTITLED("exchange.not_entitled", 403,
            "Cơ quan của bạn không phải bên cung cấp hay bên nhận của lần gửi dữ liệu này.",
            "Your agency neither provided nor is entitled to receive this submission."),
    EXCHANGE_FILE_MISSING("exchange.file_missing", 400,
            "Thiếu tệp: gửi tệp CSV hoặc XLSX trong trường 'file' (multipart/form-data).",
            "No file: send a CSV or XLSX file in the multipart field 'file'."),
    EXCHANGE_OBLIGATION_MISMATCH("exchange.obligation_mismatch", 400,
            "Nghĩa vụ được nêu không phải là nghĩa vụ gửi bộ dữ liệu này của cơ quan bạn tại địa bàn này.",
            "The obligation given is not your agency's duty to send this dataset in this jurisdiction."),
    EXCHANGE_RECEIPT_INVALID("exchange.receipt_invalid", 400,
            "Biên nhận không hợp lệ: không đọc được hoặc chữ ký không khớp với khóa của nền tảng.",
            "The receipt is not valid: it cannot be read or its signature does not match the platform's key."),
    RECONCILE_NOT_ALLOWED("reconcile.not_allowed", 403,
            "Chỉ cơ quan BHXH của tỉnh (hoặc quản trị viên) mới được chạy đối soát cho tỉnh này.",
            "Only the province's social security agency (or an administrator) may run a reconciliation for it."),
    CASEWORK_NOT_COMPETENT("casework.not_competent", 403,
            "Cơ quan của bạn không có thẩm quyền xử lý phát hiện hoặc hồ sơ này (xem bảng phân công theo quy chế).",
            "Your agency is not competent for this finding or case (see who handles what under the regulations)."),
    CASEWORK_REASON_REQUIRED("casework.reason_required", 400,
            "Cần ghi lý do cho thao tác này (trường 'note').",
            "This action needs a recorded reason (field 'note')."),
    CASEWORK_ALREADY_DECIDED("casework.already_decided", 409,
            "Phát hiện này đã được xác minh hoặc đã được giải quyết theo dữ liệu.",
            "This finding has already been verified or was resolved by data."),
    CASEWORK_TRANSITION_NOT_ALLOWED("casework.transition_not_allowed", 409,
            "Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ: xem các thao tác được phép.",
            "This action is not allowed in the case's current state: see the allowed actions."),
    CASEWORK_RATE_LIMITED("casework.rate_limited", 429,
            "Bạn đã gửi quá nhiều đơn trong thời gian ngắn: vui lòng thử lại sau một giờ.",
            "Too many submissions in a short time: please try again in an hour."),
    INTERNAL("internal.error", 500,
            "Lỗi nội bộ của hệ thống. Mã sự cố đã được ghi lại; vui lòng thử lại hoặc báo cho quản trị viên.",
            "Internal error. It has been logged; please retry or tell the administrator.");

    private final String code;
    private final int httpStatus;
    private final String messageVi;
    private final String messageEn;

    ErrorCode(String code, int httpStatus, String messageVi, String messageEn) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
