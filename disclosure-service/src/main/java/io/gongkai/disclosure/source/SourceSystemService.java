package io.gongkai.disclosure.source;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.ETags;
import io.gongkai.disclosure.security.Caller;
import io.gongkai.disclosure.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class SourceSystemService {

    private final Caller caller;
    private final Duration maxPublishedAge;

    public SourceSystemService(Caller caller,
                               @ConfigProperty(name = "gongkai.disclosure.push.backfill-after-days") int backfillAfterDays) {
        this.caller = caller;
        this.maxPublishedAge = Duration.ofDays(backfillAfterDays);
    }

    public List<SourceSystemView> list(boolean includeInactive) {
        List<SourceSystem> sources = includeInactive
                ? SourceSystem.list("order by code")
                : SourceSystem.list("active = true order by code");
        return sources.stream().map(SourceSystemView::of).toList();
    }

    /** True when the source exists and may push. */
    public boolean active(String code) {
        SourceSystem source = SourceSystem.findById(code);
        return source != null && source.active;
    }

    /** What the source's key may push (its units, whether it may back-date); empty for an unknown source. */
    public Optional<SourcePolicy> policy(String code) {
        return SourceSystem.<SourceSystem>findByIdOptional(code)
                .map(s -> new SourcePolicy(s.code, Set.copyOf(s.units), s.backfillAllowed, maxPublishedAge));
    }

    public Optional<SourceSystemView> find(String code) {
        return SourceSystem.<SourceSystem>findByIdOptional(code).map(SourceSystemView::of);
    }

    @Transactional
    public SourceSystemView create(SourceSystemRequest request) {
        if (SourceSystem.findById(request.code()) != null) {
            throw ProblemException.conflict("Source system " + request.code() + " already exists");
        }
        SourceSystem source = new SourceSystem();
        source.code = request.code();
        apply(source, request);
        source.persist();
        return SourceSystemView.of(source);
    }

    @Transactional
    public SourceSystemView update(String code, SourceSystemRequest request, String ifMatch) {
        SourceSystem source = SourceSystem.<SourceSystem>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Source system " + code));
        if (!code.equals(request.code())) {
            throw ProblemException.invalid("code", "must equal the code in the path");
        }
        ETags.requireMatch(ifMatch, source.version);
        apply(source, request);
        SourceSystem.flush();
        return SourceSystemView.of(source);
    }

    private void apply(SourceSystem source, SourceSystemRequest request) {
        source.name = request.name().strip();
        source.active = request.active() == null || request.active();
        if (request.units() != null) {
            TreeSet<String> units = new TreeSet<>();
            for (int i = 0; i < request.units().size(); i++) {
                String unit = request.units().get(i);
                if (Unit.findById(unit) == null) {
                    throw ProblemException.invalid("units[" + i + "]", "is not a known unit");
                }
                units.add(unit);
            }
            source.units.clear();
            source.units.addAll(units);
        }
        if (request.backfillAllowed() != null && request.backfillAllowed() != source.backfillAllowed) {
            source.backfillAllowed = request.backfillAllowed();
            source.backfillChangedBy = caller.subject();
            source.backfillChangedAt = OffsetDateTime.now();
        }
    }
}
