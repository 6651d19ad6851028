// A layering fixture: an include that does not name its layer from the repository root.
#include "model/Case.h"
