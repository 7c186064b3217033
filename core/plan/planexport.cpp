// SPDX-License-Identifier: Apache-2.0
#include "core/plan/planexport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keystage {

namespace {

QString rowResult(const PlanRow &row)
{
    switch (row.status) {
    case PlanRow::Status::Planned:
        return QStringLiteral("planned");
    case PlanRow::Status::NothingToDo:
        return QStringLiteral("nothing to do");
    case PlanRow::Status::CannotDo:
        return QStringLiteral("cannot do");
    case PlanRow::Status::NotRead:
        return QStringLiteral("not read");
    }
    return {};
}

QByteArray csvField(const QString &text)
{
    QString t = text;
    // A leading = + - @ would be a formula in a spreadsheet: quote it as text.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"'))
        || t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r')) || t != text) {
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}

} // namespace

QList<PlanExport::Line> PlanExport::lines(const StagePlan &plan, const QList<PlanResult> &results)
{
    QList<Line> out;
    for (int i = 0; i < plan.rows.size(); ++i) {
        const PlanRow &row = plan.rows.at(i);
        const bool applied = i < results.size() && row.isPlanned();
        const PlanResult *r = applied ? &results.at(i) : nullptr;
        const QString result = r ? PlanResult::statusName(r->status) : rowResult(row);
        const QString requestId
                = r ? r->requestId : (row.readError ? row.readError->requestId : QString());
        const QString detail = r ? r->detail : row.reason;
        if (!row.isPlanned() || row.moves.isEmpty()) {
            out.append({row.secretName, plan.operation.stage, row.holderOf(plan.operation.stage),
                        QString(), result, requestId, detail});
            continue;
        }
        for (const PlannedMove &m : row.moves)
            out.append({row.secretName, m.stage, m.from, m.to, result, requestId, detail});
    }
    return out;
}

QByteArray PlanExport::toCsv(const StagePlan &plan, const QList<PlanResult> &results)
{
    QByteArray out = "secret,stage,from,to,result,request_id,detail\r\n";
    for (const Line &l : lines(plan, results)) {
        const QList<QByteArray> fields{
                csvField(l.secret), csvField(l.stage),     csvField(l.from),  csvField(l.to),
                csvField(l.result), csvField(l.requestId), csvField(l.detail)};
        out += fields.join(',') + "\r\n";
    }
    return out;
}

QByteArray PlanExport::toJsonLines(const StagePlan &plan, const QList<PlanResult> &results)
{
    QByteArray out;
    for (const Line &l : lines(plan, results)) {
        QJsonObject o;
        o.insert(QStringLiteral("secret"), l.secret);
        o.insert(QStringLiteral("stage"), l.stage);
        o.insert(QStringLiteral("from"), l.from);
        o.insert(QStringLiteral("to"), l.to);
        o.insert(QStringLiteral("result"), l.result);
        o.insert(QStringLiteral("request_id"), l.requestId);
        o.insert(QStringLiteral("detail"), l.detail);
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace keystage
