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
    ACCESS_DENIED("access.denied", 403,
            "Tài khoản của bạn không có quyền thực hiện thao tác này.",
            "Your account is not allowed to do this."),
    ACCESS_OUT_OF_JURISDICTION("access.out_of_jurisdiction", 403,
            "Dữ liệu này thuộc địa bàn ngoài thẩm quyền của cơ quan bạn (tỉnh, xã); chỉ cơ quan trung ương hoặc cơ quan của địa bàn đó được xem.",
            "This data belongs to a place outside your agency's jurisdiction (province, commune); only central bodies or the agencies of that place may see it."),
    ACCESS_NO_LEGAL_BASIS("access.no_legal_basis", 403,
            "Không có căn cứ pháp lý để cơ quan bạn xem hồ sơ của cá nhân này: Công an gửi yêu cầu (mục đích, căn cứ, thời kỳ) và chờ BHXH phê duyệt (QCPH 01/2022 Điều 7.1.đ).",
            "Your agency has no legal basis to read this person's record: the police file a request (purpose, basis, period) and wait for social security's approval (QCPH 01/2022 Art. 7.1.đ)."),
    ACCESS_REQUEST_DECIDED("access.request_decided", 409,
            "Yêu cầu này đã được phê duyệt hoặc từ chối; gửi yêu cầu mới nếu cần.",
            "This request has already been approved or denied; file a new request if needed."),
    ACCESS_NOT_CLEARED("access.not_cleared", 403,
            "Bạn không được phép đặt độ mật cao hơn mức được cấp phép của mình.",
            "You may not set a classification above your own clearance."),
    PROTECTION_CLOSED("protection.closed", 409,
            "Hồ sơ này đã đóng (yêu cầu đã xử lý hoặc sự cố đã kết thúc): không thể thay đổi nữa.",
            "This record is closed (request handled or breach closed): it cannot change any more."),
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
    CASEWORK_EXTENSION_NOT_ALLOWED("casework.extension_not_allowed", 409,
            "Luật không cho gia hạn thời hạn này cho hồ sơ như vậy, hoặc đã hết số lần gia hạn: xem điều luật trong "
                    + "'details'; nếu vụ việc phức tạp, hãy phân loại hồ sơ trước (độ phức tạp).",
            "The law allows no (further) extension of this deadline for such a case: see the article in 'details'; "
                    + "if the case is complex, classify it first (complexity)."),
    CASEWORK_RATE_LIMITED("casework.rate_limited", 429,
            "Bạn đã gửi quá nhiều đơn trong thời gian ngắn: vui lòng thử lại sau một giờ.",
            "Too many submissions in a short time: please try again in an hour."),
    INSPECTION_NOT_PARTY("inspection.not_party", 403,
            "Cơ quan của bạn không phải bên chủ trì hay thành viên của kế hoạch, cuộc kiểm tra này: biên bản và kết luận chỉ gửi các bên tham gia (QCPH 1619 Điều 7.3, 18.2).",
            "Your agency neither leads nor is a member of this plan or inspection: records and conclusions go to the parties only (QCPH 1619 Điều 7.3, 18.2)."),
    INSPECTION_NOT_LEAD("inspection.not_lead", 403,
            "Chỉ cơ quan chủ trì mới được thực hiện thao tác này (lập kế hoạch, mời thành viên, ghi biên bản, kết luận); hãy đề nghị cơ quan chủ trì.",
            "Only the lead agency may do this (plan, invite members, record, conclude); ask the lead agency."),
    INSPECTION_CANNOT_LEAD("inspection.cannot_lead", 403,
            "Cơ quan của bạn không giữ vai trò được chủ trì đoàn kiểm tra liên ngành (xem bảng vai trò theo quy chế, ví dụ BHXH tỉnh, LĐLĐ tỉnh, Thanh tra tỉnh).",
            "Your agency holds no role that may lead a joint inspection team (see the roles under the regulations, e.g. provincial social security, labour federation, inspectorate)."),
    INSPECTION_NOT_INVITED("inspection.not_invited", 403,
            "Cơ quan của bạn chưa được mời tham gia đoàn kiểm tra này hoặc đã trả lời lời mời.",
            "Your agency has not been invited to this inspection team, or has already answered."),
    INSPECTION_WRONG_STATE("inspection.wrong_state", 409,
            "Không thể thực hiện thao tác này ở trạng thái hiện tại của kế hoạch hoặc cuộc kiểm tra: xem các thao tác được phép.",
            "This action is not allowed in the current state of the plan or inspection: see the allowed actions."),
    REPORTING_NOT_DRAFT("reporting.not_draft", 409,
            "Báo cáo đã được gửi hoặc đã tổng hợp: không thể sửa hay gửi lại. Liên hệ BHXH tỉnh nếu cần bổ sung.",
            "The report was already submitted or consolidated: it cannot be changed or sent again. Ask provincial social security to add to it."),
    REPORTING_NARRATIVE_MISSING("reporting.narrative_missing", 400,
            "Chưa có phần \"Kết quả thực hiện\": viết nội dung mục này (section=results) trước khi gửi báo cáo.",
            "The \"results\" section is empty: write it (section=results) before submitting the report."),
    REPORTING_NOT_SOCIAL_SECURITY("reporting.not_social_security", 403,
            "Chỉ BHXH tỉnh mới được tổng hợp báo cáo hoặc công bố danh sách đơn vị nợ đóng (Quy chế Kon Tum Điều 24; Luật BHXH 2024 Điều 35).",
            "Only provincial social security may consolidate the report or publish the list of units in arrears (Kon Tum Art. 24; Law 41/2024 Art. 35)."),
    REPORTING_ALREADY_CONSOLIDATED("reporting.already_consolidated", 409,
            "Báo cáo kỳ này đã được tổng hợp và có số: tải báo cáo đã tổng hợp thay vì tổng hợp lại.",
            "This period's report is already consolidated and numbered: download it instead of consolidating again."),
    REPORTING_NOT_YOURS("reporting.not_yours", 403,
            "Báo cáo này thuộc cơ quan khác, hoặc tài khoản của bạn không thuộc cơ quan cấp tỉnh.",
            "This report belongs to another agency, or your account does not belong to a provincial agency."),
    REPORTING_BAD_PARAMETER("reporting.bad_parameter", 400,
            "Tham số không hợp lệ: period là YYYY-H1, YYYY-H2 hoặc YYYY; as_of là YYYY-MM-DD; format là docx, pdf, xlsx hoặc json.",
            "Invalid parameter: period is YYYY-H1, YYYY-H2 or YYYY; as_of is YYYY-MM-DD; format is docx, pdf, xlsx or json."),
    REPORTING_NOT_PUBLISHED("reporting.not_published", 404,
            "Chưa có danh sách nào được công bố cho tỉnh này.",
            "No list has been published for this province yet."),
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
