package vn.phoihop.security.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Totp;
import vn.phoihop.shared.PhoihopException;

/**
 * The pages of signing in with a second factor and of one's own account: TOTP at sign-in,
 * enrolment (QR code, manual key, recovery codes), open sessions, API tokens.
 */
@Controller
class AccountPagesController {

    /** The candidate secret while enrolling: in the session only, stored once a code proves it. */
    static final String CANDIDATE = AccountPagesController.class.getName() + ".candidate";

    private final SecondFactor secondFactor;
    private final WebSignIn signIn;
    private final LoginProtection protection;
    private final SessionRegistry sessions;
    private final TokenService tokens;
    private final AccountApiController accountApi;
    private final AuditLog auditLog;

    AccountPagesController(SecondFactor secondFactor, WebSignIn signIn, LoginProtection protection,
            SessionRegistry sessions, TokenService tokens, AccountApiController accountApi, AuditLog auditLog) {
        this.secondFactor = secondFactor;
        this.signIn = signIn;
        this.protection = protection;
        this.sessions = sessions;
        this.tokens = tokens;
        this.accountApi = accountApi;
        this.auditLog = auditLog;
    }

    @GetMapping(WebSignIn.TOTP_PAGE)
    String totpPage() {
        return "security/totp";
    }

    @PostMapping(WebSignIn.TOTP_PAGE)
    String totp(@RequestParam(required = false) String code, @RequestParam(name = "recovery_code", required = false)
            String recoveryCode, HttpServletRequest request) {
        PhoihopUserDetails user = principal();
        if (!"totp".equals(request.getSession().getAttribute(WebSignIn.PENDING))) {
            return "redirect:/";
        }
        CurrentUser current = user.currentUser();
        boolean recovery = code == null || code.isBlank();
        boolean passed = recovery ? secondFactor.useRecoveryCode(current, recoveryCode)
                : secondFactor.verifyCode(current.id(), code);
        auditLog.record(new AuditEntry(current.username(), current.agency().code(), "auth.second_factor", "user",
                current.username(), passed ? AuditEntry.Outcome.SUCCESS : AuditEntry.Outcome.FAILURE,
                recovery ? "web recovery_code" : "web totp"));
        if (!passed) {
            LoginThrottleFilter.markFailed(request);
            protection.accountFailed(current.username());
            if (protection.lockedUntil(current.username()).isPresent()) {
                request.getSession().invalidate();
                SecurityContextHolder.clearContext();
                return "redirect:/login?locked";
            }
            return "redirect:" + WebSignIn.TOTP_PAGE + "?error";
        }
        signIn.complete(request, user);
        return "redirect:/";
    }

    @GetMapping(WebSignIn.ENROL_PAGE)
    String enrolPage(HttpSession session, HttpServletRequest request, Model model) {
        model.addAttribute("pending", WebSignIn.pending(request));
        PhoihopUserDetails user = principal();
        String secret = candidate(session);
        model.addAttribute("secret", secret);
        model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
        model.addAttribute("otpauth", Totp.otpauthUri(SecondFactor.ISSUER, user.getUsername(), secret));
        model.addAttribute("mandatory", secondFactor.mandatoryFor(user.currentUser()));
        model.addAttribute("alreadyEnrolled", secondFactor.enrolled(user.currentUser().id()));
        return "security/enrol";
    }

    @GetMapping(WebSignIn.ENROL_PAGE + "/qr.svg")
    ResponseEntity<String> enrolQr(HttpSession session) throws WriterException {
        PhoihopUserDetails user = principal();
        String uri = Totp.otpauthUri(SecondFactor.ISSUER, user.getUsername(), candidate(session));
        BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                + "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.noStore()).body(svg);
    }

    @PostMapping(WebSignIn.ENROL_PAGE)
    String enrol(@RequestParam(required = false) String code,
            @RequestParam(name = "current_code", required = false) String currentCode, HttpServletRequest request,
            Model model) {
        PhoihopUserDetails user = principal();
        HttpSession session = request.getSession();
        // moving the second factor to a new phone needs a code of the old one: a stolen session
        // alone cannot replace it
        if (!WebSignIn.pending(request) && secondFactor.enrolled(user.currentUser().id())
                && !secondFactor.verifyCode(user.currentUser().id(), currentCode)) {
            LoginThrottleFilter.markFailed(request);
            protection.accountFailed(user.getUsername());
            auditLog.record(new AuditEntry(user.getUsername(), user.currentUser().agency().code(), "auth.totp_enrol",
                    "user", user.getUsername(), AuditEntry.Outcome.DENIED, "wrong code of the current factor"));
            return "redirect:" + WebSignIn.ENROL_PAGE + "?current_error";
        }
        List<String> recoveryCodes = secondFactor.enrol(user.currentUser(), (String) session.getAttribute(CANDIDATE), code);
        if (recoveryCodes.isEmpty()) {
            auditLog.record(new AuditEntry(user.getUsername(), user.currentUser().agency().code(), "auth.totp_enrol",
                    "user", user.getUsername(), AuditEntry.Outcome.FAILURE, "wrong code"));
            return "redirect:" + WebSignIn.ENROL_PAGE + "?error";
        }
        session.removeAttribute(CANDIDATE);
        if (WebSignIn.pending(request)) {
            signIn.complete(request, user);
        }
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "security/recovery-codes";
    }

    @GetMapping("/account")
    String account(HttpSession session, Model model) {
        CurrentUser user = principal().currentUser();
        model.addAttribute("sessions", sessions.active(user.id(), session));
        model.addAttribute("tokens", tokens.list(user.id()));
        model.addAttribute("scopes", Arrays.stream(TokenScope.values()).map(TokenScope::value).toList());
        model.addAttribute("totpEnrolled", secondFactor.enrolled(user.id()));
        model.addAttribute("totpMandatory", secondFactor.mandatoryFor(user));
        model.addAttribute("recoveryLeft", secondFactor.remainingRecoveryCodes(user.id()));
        model.addAttribute("idleMinutes", sessions.idleTimeout().toMinutes());
        model.addAttribute("absoluteHours", sessions.absoluteTimeout().toHours());
        model.addAttribute("zone", java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        return "security/account";
    }

    @PostMapping("/account/sessions/{id}/revoke")
    String revokeSession(@PathVariable long id) {
        sessions.revoke(principal().currentUser(), id);
        return "redirect:/account?revoked";
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam String name, @RequestParam(required = false) List<String> scopes,
            @RequestParam(name = "expires_in_days", defaultValue = "90") int days, Model model) {
        try {
            AccountApiController.CreatedToken created = accountApi.createFor(principal().currentUser(),
                    new AccountApiController.NewToken(name, scopes, days));
            model.addAttribute("created", created);
            return "security/token-created";
        } catch (PhoihopException e) {
            return "redirect:/account?token_error=" + e.errorCode().code();
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id) {
        CurrentUser user = principal().currentUser();
        if (tokens.revoke(user.id(), id)) {
            auditLog.recordForCurrentUser("auth.token_revoke", "api_token", Long.toString(id),
                    AuditEntry.Outcome.SUCCESS, "owner=" + user.username());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/recovery-codes")
    String newRecoveryCodes(Model model) {
        CurrentUser user = principal().currentUser();
        if (!secondFactor.enrolled(user.id())) {
            return "redirect:/account";
        }
        List<String> codes = secondFactor.newRecoveryCodes(user.id());
        auditLog.recordForCurrentUser("auth.recovery_codes_renew", "user", user.username(), AuditEntry.Outcome.SUCCESS,
                "count=" + codes.size());
        model.addAttribute("recoveryCodes", codes);
        return "security/recovery-codes";
    }

    private static String candidate(HttpSession session) {
        String secret = (String) session.getAttribute(CANDIDATE);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(CANDIDATE, secret);
        }
        return secret;
    }

    private static PhoihopUserDetails principal() {
        return (PhoihopUserDetails) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }
}
