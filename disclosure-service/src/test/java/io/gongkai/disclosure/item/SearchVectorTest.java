package io.gongkai.disclosure.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The search vector is built in Java ({@link Bigrams#searchVector}); these tests hold it to what
 * PostgreSQL itself makes of the same tokens: setweight(to_tsvector('simple', ...)) joined with ||.
 */
@QuarkusTest
class SearchVectorTest {

    @Inject
    DataSource dataSource;

    @Test
    void equalsWhatPostgresqlBuildsFromTheSameTokens() throws SQLException {
        assertSameAsPostgresql("2022年招生章程", "本科招生章程（2022年）已经发布。", "<p>招生计划 PDF v2 下载</p>");
        assertSameAsPostgresql("关于公布2022-2023学年校历的通知", null, null);
        assertSameAsPostgresql("Annual Report 年度报告", "", "Ünïcode ÉCOLE 学校 école");
        assertSameAsPostgresql("招生", "招生招生", "招生 ".repeat(300));
    }

    @Test
    void equalsPostgresqlBeyondItsPositionLimits() throws SQLException {
        // 20,000 characters give more words than PostgreSQL numbers (16,383) and repeat lexemes past 255 positions
        assertSameAsPostgresql("学校", "学校概况", "学校".repeat(Bigrams.MAX_CHARS / 2));
        assertSameAsPostgresql("标题", null, "甲乙丙丁戊己庚辛壬癸".repeat(Bigrams.MAX_CHARS / 10));
    }

    @Test
    void theQueryLiteralMatchesTheVectorLiteral() throws SQLException {
        String vector = Bigrams.searchVector("鑫淼奖学金评选结果", "评选 ABC", null);
        assertTrue(matches(vector, Bigrams.tsquery(Bigrams.queryTerms("鑫淼"), "A")));
        assertTrue(matches(vector, Bigrams.tsquery(Bigrams.queryTerms("abc"), null)));
        assertTrue(matches(vector, Bigrams.tsquery(Bigrams.queryTerms("果"), null)));
        assertEquals(false, matches(vector, Bigrams.tsquery(Bigrams.queryTerms("abc"), "A")));
        assertEquals(false, matches(vector, Bigrams.tsquery(Bigrams.queryTerms("淼鑫"), null)));
    }

    private void assertSameAsPostgresql(String title, String summary, String body) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT ?::tsvector = v, ?::tsvector::text, v::text FROM "
                     + "(SELECT setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') "
                     + "|| setweight(to_tsvector('simple', ?), 'D') AS v) s")) {
            String literal = Bigrams.searchVector(title, summary, body);
            ps.setString(1, literal);
            ps.setString(2, literal);
            ps.setString(3, Bigrams.indexTokens(title));
            ps.setString(4, Bigrams.indexTokens(summary));
            ps.setString(5, Bigrams.indexTokens(body));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(rs.getString(3), rs.getString(2), "vector of " + title);
                assertTrue(rs.getBoolean(1));
            }
        }
    }

    private boolean matches(String vector, String query) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT ?::tsvector @@ ?::tsquery")) {
            ps.setString(1, vector);
            ps.setString(2, query);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
