// Fixture for the layering test: a ui file that wrongly builds a store object itself.
#include "core/store/CaseRepository.h"
