package vn.phoihop.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class EmailNotifierTest {

    /** Records what would go out instead of talking SMTP. */
    static final class RecordingMailSender extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new ArrayList<>();
        boolean fail;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (fail) {
                throw new MailSendException("SMTP down");
            }
            sent.addAll(List.of(messages));
        }
    }

    static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        @SuppressWarnings("unchecked")
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(sender);
        return provider;
    }

    static JdbcClient agencyWithEmail(String email) {
        JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
        when(jdbc.sql("SELECT email FROM agency WHERE id = ?").param(7L).query(String.class).optional())
                .thenReturn(Optional.ofNullable(email));
        return jdbc;
    }

    @Test
    void without_smtp_configured_nothing_is_sent() {
        EmailNotifier notifier = new EmailNotifier(provider(null), agencyWithEmail("bhxh@example.vn"), "from@x.vn");
        assertThat(notifier.send(7L, "Sắp đến hạn", "vi", "en", "/registry/overdue")).isFalse();
    }

    @Test
    void with_smtp_an_agency_with_an_address_gets_the_reminder_in_both_languages() {
        RecordingMailSender sender = new RecordingMailSender();
        EmailNotifier notifier = new EmailNotifier(provider(sender), agencyWithEmail("bhxh@example.vn"), "from@x.vn");
        assertThat(notifier.send(7L, "Sắp đến hạn 04/07/2026", "Sắp đến hạn", "Due soon", "/registry/calendar")).isTrue();
        assertThat(sender.sent).hasSize(1);
        assertThat(sender.sent.get(0).getTo()).containsExactly("bhxh@example.vn");
        assertThat(sender.sent.get(0).getSubject()).isEqualTo("[PhoiHop] Sắp đến hạn 04/07/2026");
        assertThat(sender.sent.get(0).getText()).contains("Sắp đến hạn", "Due soon", "/registry/calendar");
    }

    @Test
    void an_agency_without_an_address_gets_no_mail() {
        RecordingMailSender sender = new RecordingMailSender();
        EmailNotifier notifier = new EmailNotifier(provider(sender), agencyWithEmail(null), "from@x.vn");
        assertThat(notifier.send(7L, "s", "vi", "en", null)).isFalse();
        assertThat(sender.sent).isEmpty();
    }

    @Test
    void a_failed_delivery_is_reported_not_thrown() {
        RecordingMailSender sender = new RecordingMailSender();
        sender.fail = true;
        EmailNotifier notifier = new EmailNotifier(provider(sender), agencyWithEmail("bhxh@example.vn"), "from@x.vn");
        assertThat(notifier.send(7L, "s", "vi", "en", null)).isFalse();
    }
}
