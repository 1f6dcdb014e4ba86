package io.gongkai.disclosure.source;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SourceSystemService {

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

    private static void apply(SourceSystem source, SourceSystemRequest request) {
        source.name = request.name().strip();
        source.active = request.active() == null || request.active();
    }
}
