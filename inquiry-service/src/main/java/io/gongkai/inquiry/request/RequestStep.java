package io.gongkai.inquiry.request;

/** The steps of a request, each {@code POST /api/v1/requests/{trackingNo}/{path}} (the two closes share /close). */
public enum RequestStep {
    RECEIVE("receive"),
    ACCEPT("accept"),
    ASSIGN("assign"),
    VERIFY_IDENTITY("verify-identity"),
    ASK_CLARIFICATION("ask-clarification"),
    CLARIFIED("clarified"),
    EXTEND("extend"),
    FEE_NOTICE("fee-notice"),
    FEE_PAID("fee-paid"),
    REPLY("reply"),
    WITHDRAW("withdraw"),
    ABANDON("close"),
    CLOSE_UNPAID("close"),
    CALENDAR_CHANGED("calendar");

    private final String path;

    RequestStep(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
