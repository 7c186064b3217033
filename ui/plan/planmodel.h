// SPDX-License-Identifier: Apache-2.0
// PlanModel: a StagePlan as a table, one row per secret (Secret, Now, After, Risks, Result,
// Request id), with the results of an Apply filled in as they arrive. Identifiers, versions and
// the rules' sentences only: no value in any role.
#pragma once

#include "core/plan/planrunner.h"

#include <QAbstractTableModel>

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

    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const StagePlan &plan); // results cleared
    void setRow(int index, const PlanRow &row);
    void setResult(int index, const PlanResult &result);
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

    StagePlan m_plan;
    QList<std::optional<PlanResult>> m_results;
};

} // namespace keystage::ui
