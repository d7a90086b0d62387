package dev.routediff.core.check;

import java.util.List;

/**
 * One kind of problem {@code routediff check} looks for in a route table. Found with
 * {@link java.util.ServiceLoader} under {@code META-INF/services/dev.routediff.core.check.Diagnosis} (register with
 * {@code @AutoService(Diagnosis.class)}); stateless, with a public no-argument constructor. A diagnosis says nothing
 * when the table cannot show the problem: a false alarm costs users more than a miss.
 */
public interface Diagnosis {

    DiagnosisInfo info();

    /** The findings for this input, in a stable order; empty when the table is fine. */
    List<Finding> diagnose(CheckInput input);
}
