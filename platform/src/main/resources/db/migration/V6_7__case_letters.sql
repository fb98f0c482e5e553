-- The letters a case sends (notice to the subject, request to the police) are archived with the
-- case as DOCX, exactly as issued, under the purpose 'letter'.
ALTER TABLE case_attachment DROP CONSTRAINT case_attachment_purpose_check;
ALTER TABLE case_attachment ADD CONSTRAINT case_attachment_purpose_check
    CHECK (purpose IN ('contest', 'inspection_record', 'evidence', 'other', 'letter'));
