// SPDX-License-Identifier: Apache-2.0
// PlanModel: a StagePlan as a table, one row per secret (Secret, Now, After, Risks, Result,
// Request id), with the results of an Apply filled in as they arrive. Identifiers, versions and
// the rules' sentences only: no value in any role. data() answers with a row or result at once;
// views hear of the rows changed once a frame (one dataChanged over them), not once per answer.
#pragma once

#include "core/plan/planrunner.h"

#include <QAbstractTableModel>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace keystage::ui {

class PlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SecretColumn,
        NowColumn,
        AfterColumn,
        RisksColumn,
        ResultColumn,
        RequestColumn,
        ColumnCount
    };
    enum Role { RowStatusRole = Qt::UserRole + 1, ResultStatusRole };

    explicit PlanModel(QObject *parent = nullptr);

    void setPlan(const StagePlan &plan); // results cleared
    void setRow(int index, const PlanRow &row);
    void setResult(int index, const PlanResult &result);
    void setResults(const QList<PlanResult> &results); // one per row, in order
    void clearResults();
    const StagePlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString nowText(const PlanRow &row) const;
    QString afterText(const PlanRow &row) const;
    QString resultText(int index) const;
    void noteChanged(int row);
    void emitChanged();

    StagePlan m_plan;
    QList<std::optional<PlanResult>> m_results;
    QTimer *m_changeTimer;
    int m_changedFirst = -1; // rows changed since views last heard, or -1
    int m_changedLast = -1;
};

} // namespace keystage::ui
