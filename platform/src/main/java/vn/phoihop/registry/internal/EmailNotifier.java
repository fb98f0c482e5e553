package vn.phoihop.registry.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail too, when SMTP is configured ({@code spring.mail.host}, which
 * makes Spring Boot create a {@link JavaMailSender}) and the agency has an e-mail address. A
 * failed delivery is logged and never undoes the in-app notification.
 */
@Component
class EmailNotifier {

    private static final Logger log = LoggerFactory.getLogger(EmailNotifier.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final JdbcClient jdbc;
    private final String from;

    EmailNotifier(ObjectProvider<JavaMailSender> mailSender, JdbcClient jdbc,
            @Value("${phoihop.mail.from:phoihop@localhost}") String from) {
        this.mailSender = mailSender;
        this.jdbc = jdbc;
        this.from = from;
    }

    /** Whether a message went out. */
    boolean send(long agencyId, String subjectVi, String textVi, String textEn, String link) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        String email = jdbc.sql("SELECT email FROM agency WHERE id = ?").param(agencyId).query(String.class)
                .optional().orElse(null);
        if (email == null || email.isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject("[PhoiHop] " + subjectVi);
        message.setText(textVi + "\n\n" + textEn + (link == null ? "" : "\n\n" + link));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("E-mail to agency {} failed: {}", agencyId, e.getMessage());
            return false;
        }
    }
}
