import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every relative link and anchor of the Markdown files named on the command line (scripts/check-links.sh
 * passes the repository's tracked ones): the file or folder must exist, inside the repository, and an anchor must
 * name a heading of its file (GitHub's rule: lower case, punctuation dropped, spaces to hyphens, repeats -1, -2...).
 * External links (http, https, mailto) cannot be checked here and are skipped. Exits 1 listing what is broken.
 */
public class CheckLinks {

    private static final Pattern INLINE = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");
    private static final Map<Path, Set<String>> ANCHORS = new HashMap<>();

    public static void main(String[] args) throws IOException {
        Path root = Path.of("").toAbsolutePath().normalize();
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (String name : args) {
            Path file = root.resolve(name).normalize();
            for (String[] link : links(file)) {
                links++;
                String problem = check(root, file, link[1]);
                if (problem != null) {
                    broken.add(name + ":" + link[0] + ": " + link[1] + " (" + problem + ")");
                }
            }
        }
        if (!broken.isEmpty()) {
            System.err.println("check-links: " + broken.size() + " broken link(s) of " + links + ":");
            broken.forEach(b -> System.err.println("  " + b));
            System.exit(1);
        }
        System.out.println("check-links: " + links + " relative links and anchors in " + args.length + " Markdown files resolve");
    }

    /** Each link of a file outside code, as {line number, target}. */
    static List<String[]> links(Path file) throws IOException {
        List<String[]> found = new ArrayList<>();
        boolean fenced = false;
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            String text = line.replaceAll("`[^`]*`", "");
            Matcher inline = INLINE.matcher(text);
            while (inline.find()) {
                found.add(new String[] {String.valueOf(n), inline.group(1)});
            }
            Matcher reference = REFERENCE.matcher(text);
            if (reference.matches()) {
                found.add(new String[] {String.valueOf(n), reference.group(1)});
            }
        }
        return found;
    }

    static String check(Path root, Path file, String target) throws IOException {
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return null;
        }
        if (lower.matches("[a-z][a-z0-9+.-]*:.*")) {
            return "a link with a scheme this check does not know";
        }
        int hash = target.indexOf('#');
        String path = hash >= 0 ? target.substring(0, hash) : target;
        String anchor = hash >= 0 ? target.substring(hash + 1) : null;
        path = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            return "points outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (anchor != null && !anchor.isEmpty()) {
            if (!resolved.toString().endsWith(".md")) {
                return null; // an anchor into a non-Markdown file (a line of source) is not checked
            }
            String wanted = java.net.URLDecoder.decode(anchor, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (!anchors(resolved).contains(wanted)) {
                return "no heading #" + anchor + " in " + root.relativize(resolved);
            }
        }
        return null;
    }

    static Set<String> anchors(Path file) throws IOException {
        Set<String> cached = ANCHORS.get(file);
        if (cached != null) {
            return cached;
        }
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1).toLowerCase(Locale.ROOT));
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        ANCHORS.put(file, anchors);
        return anchors;
    }

    /** GitHub's heading anchor: markup and punctuation dropped, lower case, each space a hyphen. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "").replace("`", "");
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }
}
