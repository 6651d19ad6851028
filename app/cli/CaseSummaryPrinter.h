#pragma once

#include "core/model/CaseSummary.h"

#include <QJsonArray>
#include <QList>
#include <QTextStream>

namespace foi::app {

// Prints case summaries (the case list, search results, similar requests) as an aligned table
// for people or as a JSON array for scripts.
class CaseSummaryPrinter
{
public:
    static void printTable(QTextStream &out, const QList<core::CaseSummary> &cases, bool withScore);
    static QJsonArray toJson(const QList<core::CaseSummary> &cases, bool withScore);
};

} // namespace foi::app
