package io.gongkai.disclosure.unit;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UnitService {

    public List<UnitView> list(boolean includeInactive) {
        List<Unit> units = includeInactive
                ? Unit.list("order by sortOrder, code")
                : Unit.list("active = true order by sortOrder, code");
        return units.stream().map(UnitView::of).toList();
    }

    public Optional<UnitView> find(String code) {
        return Unit.<Unit>findByIdOptional(code).map(UnitView::of);
    }

    @Transactional
    public UnitView create(UnitRequest request) {
        if (Unit.findById(request.code()) != null) {
            throw ProblemException.conflict("Unit " + request.code() + " already exists");
        }
        Unit unit = new Unit();
        unit.code = request.code();
        apply(unit, request);
        unit.persist();
        return UnitView.of(unit);
    }

    @Transactional
    public UnitView update(String code, UnitRequest request, String ifMatch) {
        Unit unit = Unit.<Unit>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Unit " + code));
        if (!code.equals(request.code())) {
            throw ProblemException.invalid("code", "must equal the code in the path");
        }
        ETags.requireMatch(ifMatch, unit.version);
        apply(unit, request);
        Unit.flush();
        return UnitView.of(unit);
    }

    private static void apply(Unit unit, UnitRequest request) {
        unit.name = request.name().strip();
        unit.active = request.active() == null || request.active();
        unit.sortOrder = request.sortOrder() == null ? 100 : request.sortOrder();
    }
}
