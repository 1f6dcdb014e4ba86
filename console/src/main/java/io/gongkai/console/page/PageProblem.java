package io.gongkai.console.page;

/** A page that cannot be shown, with what the person should read: a title and what to do next, in Chinese. */
public class PageProblem extends RuntimeException {

    private final int status;
    private final String title;

    public PageProblem(int status, String title, String advice) {
        super(advice, null, false, false);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static PageProblem notFound() {
        return new PageProblem(404, "未找到", "没有这一件，或链接有误。请从列表重新打开。");
    }

    public static PageProblem badFilter(String what) {
        return new PageProblem(400, "筛选条件有误", what + "。请从列表页重新选择筛选条件。");
    }
}
