package io.gongkai.web.page;

import io.gongkai.web.api.ApiViews;

/** The reply to a request as a plain text the applicant can keep: number, date, outcome, text, fee. */
final class ReplyText {

    private ReplyText() {
    }

    static String of(ApiViews.RequestForApplicant request) {
        ApiViews.Reply reply = request.reply();
        StringBuilder out = new StringBuilder("政府信息公开申请答复\r\n\r\n");
        out.append("申请编号：").append(request.trackingNo()).append("\r\n");
        out.append("收到日期：").append(Formats.day(request.receivedAt())).append("\r\n");
        if (reply.answeredAt() != null) {
            out.append("答复日期：").append(Formats.day(reply.answeredAt())).append("\r\n");
        }
        out.append("办理结果：").append(reply.outcomeName() != null ? reply.outcomeName() : Labels.outcome(reply.outcome(), null));
        if (reply.legalBasisName() != null) {
            out.append("（").append(reply.legalBasisName()).append("）");
        }
        out.append("\r\n");
        if (reply.deliveryForm() != null) {
            out.append("提供形式：").append(Labels.deliveryForm(reply.deliveryForm())).append("\r\n");
        }
        if (reply.fee() != null) {
            out.append("费用：").append(Boolean.TRUE.equals(reply.fee().waived()) ? "已减免"
                    : reply.fee().amount() == null ? "无" : reply.fee().amount().toPlainString() + " 元").append("\r\n");
        }
        if (reply.text() != null && !reply.text().isBlank()) {
            out.append("\r\n答复内容：\r\n").append(reply.text().strip().replace("\r\n", "\n").replace("\n", "\r\n")).append("\r\n");
        }
        return out.toString();
    }
}
