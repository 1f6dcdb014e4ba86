package io.gongkai.inquiry.request;

/** The closed sets of a disclosure request (docs/domain.md, "Outcomes"). Codes are stored; names are what reports show. */
public final class RequestEnums {

    private RequestEnums() {
    }

    /** How the request reached the university: online by the applicant, or entered by staff. */
    public enum Channel { ONLINE, LETTER, IN_PERSON, FAX }

    public enum ApplicantType { NATURAL_PERSON, ORGANISATION }

    /** Only for ORGANISATION: the columns of the government report's table 三. */
    public enum ApplicantSubType { COMMERCIAL, RESEARCH, NONPROFIT, LEGAL_SERVICE, OTHER }

    public enum DeliveryForm { PAPER, ELECTRONIC }

    public enum DeliveryMethod { COLLECT, POST, EMAIL }

    /** Who took a step, as the history records it. */
    public enum ActorRole { APPLICANT, HANDLER, ADMIN, SYSTEM }

    public enum Outcome {
        DISCLOSED("予以公开"),
        PARTIALLY_DISCLOSED("部分公开"),
        NOT_DISCLOSED("不予公开"),
        NOT_HELD("无法提供：本校不掌握相关信息"),
        NEEDS_CREATION("无法提供：需要另行制作"),
        UNCLEAR_AFTER_CLARIFICATION("无法提供：补正后申请内容仍不明确"),
        NOT_PROCESSED_PETITION("不予处理：信访举报投诉类申请"),
        NOT_PROCESSED_REPEAT("不予处理：重复申请"),
        NOT_PROCESSED_PUBLISHED("不予处理：要求提供公开出版物"),
        NOT_PROCESSED_MASS("不予处理：无正当理由大量反复申请"),
        NOT_PROCESSED_CONFIRM("不予处理：要求确认或重新出具已获取信息"),
        OTHER_NO_CLARIFICATION("其他处理：申请人逾期未按要求补正"),
        OTHER_NO_FEE("其他处理：申请人逾期未缴纳费用"),
        OTHER("其他处理：其他");

        private final String chinese;

        Outcome(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }

        /** Outcomes a handler may reply with; the two OTHER_NO_ ones come from closing a request. */
        public boolean replyable() {
            return this != OTHER_NO_CLARIFICATION && this != OTHER_NO_FEE;
        }
    }

    /** The legal basis of a NOT_DISCLOSED reply. */
    public enum LegalBasis {
        STATE_SECRET("属于国家秘密"),
        LAW_FORBIDS("其他法律行政法规禁止公开"),
        ENDANGERS_SECURITY("危及\"三安全一稳定\""),
        THIRD_PARTY_RIGHTS("保护第三方合法权益"),
        INTERNAL_AFFAIRS("属于内部事务信息"),
        PROCESS_INFO("属于过程性信息"),
        ENFORCEMENT_FILE("属于行政执法案卷"),
        QUERY_MATTER("属于行政查询事项");

        private final String chinese;

        LegalBasis(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }
}
