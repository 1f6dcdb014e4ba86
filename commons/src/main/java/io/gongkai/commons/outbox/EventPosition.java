package io.gongkai.commons.outbox;

import io.gongkai.commons.problem.ProblemException;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in a producer's feed: the writing transaction's id and the row's sequence, written
 * {@code "<xid>-<seq>"}; {@code "0"} is the beginning. Opaque to consumers, who only pass it back.
 */
public record EventPosition(BigInteger xid, long seq) implements Comparable<EventPosition> {

    public static final EventPosition START = new EventPosition(BigInteger.ZERO, 0);
    private static final Pattern FORM = Pattern.compile("(\\d{1,19})-(\\d{1,19})");
    private static final BigInteger MAX_XID = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);

    /** @throws ProblemException 400 naming {@code after} when the text is not a position a feed issues */
    public static EventPosition parse(String text) {
        // an empty value is the parameter left out; a blank one is a mistake, like any other text
        if (text == null || text.isEmpty() || "0".equals(text)) {
            return START;
        }
        Matcher m = FORM.matcher(text);
        if (m.matches()) {
            BigInteger xid = new BigInteger(m.group(1));
            BigInteger seq = new BigInteger(m.group(2));
            if (xid.compareTo(MAX_XID) <= 0 && seq.bitLength() < 64) {
                return new EventPosition(xid, seq.longValue());
            }
        }
        throw ProblemException.invalid("after", "is not a position this feed issued (use 0 or a position from a page)");
    }

    @Override
    public String toString() {
        return START.equals(this) ? "0" : xid + "-" + seq;
    }

    @Override
    public int compareTo(EventPosition o) {
        int byXid = xid.compareTo(o.xid);
        return byXid != 0 ? byXid : Long.compare(seq, o.seq);
    }
}
