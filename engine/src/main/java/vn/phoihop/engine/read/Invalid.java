package vn.phoihop.engine.read;

/** Why a value or a row is refused (or warned about), before it is placed in a file. */
record Invalid(Problem problem, Object... arguments) {

    String messageVi() {
        return problem.vi(arguments);
    }

    String messageEn() {
        return problem.en(arguments);
    }
}
