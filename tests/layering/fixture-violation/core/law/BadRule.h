// Fixture for the layering test: a core header that wrongly pulls in a widget.
#include <QWidget>
