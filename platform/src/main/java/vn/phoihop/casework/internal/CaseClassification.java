package vn.phoihop.casework.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.phoihop.security.Classification;

/** The classification (thường, mật, tối mật) of cases and of their attachments. */
@Component
class CaseClassification {

    private final JdbcClient jdbc;

    CaseClassification(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Classification ofCase(long caseId) {
        return jdbc.sql("SELECT classification FROM case_file WHERE id = ?").param(caseId).query(String.class)
                .optional().map(Classification::fromDb).orElse(Classification.THUONG);
    }

    Classification ofAttachment(long attachmentId) {
        return jdbc.sql("SELECT classification FROM case_attachment WHERE id = ?").param(attachmentId)
                .query(String.class).optional().map(Classification::fromDb).orElse(Classification.THUONG);
    }

    void setCase(long caseId, Classification classification) {
        jdbc.sql("UPDATE case_file SET classification = ? WHERE id = ?").params(classification.dbValue(), caseId)
                .update();
    }

    void setAttachment(long attachmentId, Classification classification) {
        jdbc.sql("UPDATE case_attachment SET classification = ? WHERE id = ?")
                .params(classification.dbValue(), attachmentId).update();
    }
}
