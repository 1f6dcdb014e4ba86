package io.gongkai.disclosure.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links the public pages may render: http(s) URLs with a host and paths of this site, nothing else. */
class LinkRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.edu.cn/xxgk/2022/0520/page.htm", "http://example.edu.cn", "HTTPS://Example.edu.cn/a",
            "/xxgk/2022/通知.htm", "/files/a.pdf?v=1#p2", "/"})
    void accepted(String url) {
        assertTrue(LinkRule.safe(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/phish", "///evil.example", "/\\evil.example", "javascript:alert(1)", "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:x", "ftp://example.edu.cn/a", "https:///path", "https:evil.example",
            "http://", "xxgk/page.htm", "evil.example/phish", "https://example.edu.cn/a b", "/a\tb", "", " /x", "https://exa\nmple.cn"})
    void refused(String url) {
        assertFalse(LinkRule.safe(url), url);
    }
}
