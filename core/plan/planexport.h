// SPDX-License-Identifier: Apache-2.0
// PlanExport: a stage plan and its results for a change ticket, as CSV or JSON lines. One line per
// stage a row moves (a roll back has two), or one line for a row that needs nothing or cannot be
// done: secret, stage, from, to, result, request id, detail. Identifiers only: never a value.
#pragma once

#include "core/plan/planrunner.h"

#include <QByteArray>

namespace keystage {

class PlanExport
{
public:
    // results: the runner's, or empty for a plan not applied yet (result "planned", ...).
    static QByteArray toCsv(const StagePlan &plan, const QList<PlanResult> &results = {});
    static QByteArray toJsonLines(const StagePlan &plan, const QList<PlanResult> &results = {});

    struct Line
    {
        QString secret, stage, from, to, result, requestId, detail;
    };
    static QList<Line> lines(const StagePlan &plan, const QList<PlanResult> &results);
};

} // namespace keystage
