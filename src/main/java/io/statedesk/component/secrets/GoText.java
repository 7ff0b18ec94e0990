package io.statedesk.component.secrets;

import java.math.BigDecimal;

/**
 * The text Go's {@code fmt.Sprintf("%s", v)} gives for JSON values that are not strings, which is what the local
 * file secret store stores for them: {@code 5432} becomes {@code %!s(float64=5432)}. Reproduced so StateDesk sees
 * the same (surprising) value daprd does, and can warn about it.
 */
final class GoText {

    private GoText() {
    }

    static String badVerbBool(boolean b) {
        return "%!s(bool=" + b + ")";
    }

    static String badVerbNil() {
        return "%!s(<nil>)";
    }

    static String badVerbFloat(double d) {
        return "%!s(float64=" + goFloat(d) + ")";
    }

    /** Go's {@code %v} for a float64: shortest digits, exponent form below 1e-4 or from 1e21 on. */
    static String goFloat(double d) {
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exponent = digits.length() - 1 - bd.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 21) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int e = Math.abs(exponent);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" + e : String.valueOf(e));
        }
        return sign + bd.toPlainString();
    }
}
