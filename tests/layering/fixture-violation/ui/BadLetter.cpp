// Fixture for the layering test: a widget that reads the built-in law data behind the root's back.
#include "core/law/ExemptionCatalogue.h"

const foi::core::ExemptionCatalogue &catalogue()
{
    return foi::core::ExemptionCatalogue::builtIn();
}
