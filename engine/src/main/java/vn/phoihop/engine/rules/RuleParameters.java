package vn.phoihop.engine.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The values of all {@link Parameter}s for one run; immutable. */
public record RuleParameters(Map<Parameter, Object> values) {

    public RuleParameters {
        EnumMap<Parameter, Object> copy = new EnumMap<>(Parameter.class);
        for (Parameter parameter : Parameter.values()) {
            Object value = Objects.requireNonNull(values.get(parameter), () -> "missing parameter " + parameter);
            if (!parameter.type().isInstance(value)) {
                throw new IllegalArgumentException(parameter + " must be a " + parameter.type().getSimpleName()
                        + ", not " + value.getClass().getSimpleName());
            }
            copy.put(parameter, value);
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** The defaults of rules.md. */
    public static RuleParameters defaults() {
        EnumMap<Parameter, Object> values = new EnumMap<>(Parameter.class);
        for (Parameter parameter : Parameter.values()) {
            values.put(parameter, parameter.defaultValue());
        }
        return new RuleParameters(values);
    }

    /** A copy with one value changed. */
    public RuleParameters with(Parameter parameter, Object value) {
        EnumMap<Parameter, Object> changed = new EnumMap<>(values);
        changed.put(parameter, value);
        return new RuleParameters(changed);
    }

    public Object get(Parameter parameter) {
        return values.get(parameter);
    }
}
