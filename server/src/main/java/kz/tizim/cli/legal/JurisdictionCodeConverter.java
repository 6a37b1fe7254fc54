package kz.tizim.cli.legal;

import kz.tizim.core.legal.JurisdictionCode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --country}; a malformed code is a usage error (exit 2), an unknown one is not. */
final class JurisdictionCodeConverter implements ITypeConverter<JurisdictionCode> {

    @Override
    public JurisdictionCode convert(String value) {
        try {
            return JurisdictionCode.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
