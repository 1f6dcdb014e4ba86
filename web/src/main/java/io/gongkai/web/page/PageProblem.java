package io.gongkai.web.page;

/** A page that cannot be shown, with what the visitor should read: a title and what to do next, in Chinese. */
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
}
