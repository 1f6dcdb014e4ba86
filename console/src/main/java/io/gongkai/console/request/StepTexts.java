package io.gongkai.console.request;

import io.quarkus.qute.TemplateExtension;

/** The words of each step's form: its heading, its button, and what its reason field asks for. */
@TemplateExtension(namespace = "step")
public final class StepTexts {

    private StepTexts() {
    }

    static String name(String step) {
        return StepRules.name(step);
    }

    static String title(String step) {
        return switch (step) {
            case "ask-clarification" -> "要求补正（期限暂停）";
            case "clarified" -> "登记补正（重新计算期限）";
            case "extend" -> "延期答复（办公室负责人批准）";
            case "close" -> "终止办理（申请人逾期未补正或未缴费）";
            case "withdraw" -> "登记撤回（申请人来函撤回）";
            default -> StepRules.name(step);
        };
    }

    static String button(String step) {
        return switch (step) {
            case "assign" -> "分派";
            case "verify-identity" -> "身份已核实";
            case "fee-notice" -> "发出收费通知";
            case "fee-paid" -> "登记已缴费";
            case "extend" -> "批准延期";
            default -> StepRules.name(step);
        };
    }

    static String reasonLabel(String step) {
        return switch (step) {
            case "ask-clarification" -> "需要补正的内容（申请人可见）";
            case "extend" -> "延期理由（告知申请人）";
            case "withdraw" -> "撤回来函的说明";
            default -> "说明（写入办理记录，可不填）";
        };
    }
}
