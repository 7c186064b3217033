// SPDX-License-Identifier: Apache-2.0
// CompareDialog: a masked compare of two secret values (issue 20). Each side is a secret and a
// version or a stage ("v3", "SYSCURRENT": the same stage on two secrets works too). Nothing is
// fetched until Compare. JSON values are compared key by key in a table that holds paths, kinds,
// types and lengths, never a value; text and binary values by length and a salted fingerprint.
// Revealing the two values of one key is an explicit action per key: they show in masked-by-default
// views whose copies go through the ClipboardGuard, hide themselves after the delay, and are wiped
// with the fetched versions when the dialog closes or compares again.
#pragma once

#include "core/compare/versioncompare.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace keystage {
class ApiReply;
class CsmsClient;
struct ApiError;
struct Version;
} // namespace keystage

namespace keystage::ui {

class ClipboardGuard;
class SecretValueEdit;

// The key table: path, change, and each side's type and length. No value in any role.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PathColumn, ChangeColumn, LeftColumn, RightColumn, ColumnCount };
    static constexpr int ChangeRole = Qt::UserRole + 1; // KeyDifference::Change as int

    using QAbstractTableModel::QAbstractTableModel;
    void setComparison(const VersionComparison &comparison);
    const KeyDifference &key(int row) const { return m_keys.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString changeText(KeyDifference::Change change);

private:
    QList<KeyDifference> m_keys;
};

class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // versions: the choices offered for `secretName` (stages may be typed as well).
    CompareDialog(CsmsClient *client, ClipboardGuard *clipboard, const QString &secretName,
                  const QStringList &versions, const QString &left, const QString &right,
                  QWidget *parent = nullptr);
    ~CompareDialog() override;

    QString summary() const; // what the summary line says
    CompareModel *model() const { return m_model; }
    bool isComparing() const { return m_pending > 0; }
    bool isKeyRevealed() const;
    int fetchCount() const { return m_fetches; } // calls made so far (tests: none before Compare)

public Q_SLOTS:
    void compare();
    void revealKey(int row);
    void hideKey();

Q_SIGNALS:
    void compared();
    void failed(const QString &headline, const keystage::ApiError &error);

protected:
    void done(int result) override;

private:
    struct Side;
    void fetchSide(int side);
    void fetchVersion(int side, const QString &versionId);
    void sideFailed(int side, const QString &what, const ApiError &error);
    void finish();
    void wipe();

    QPointer<CsmsClient> m_client;
    ClipboardGuard *m_clipboard;
    std::unique_ptr<Side> m_sides[2];
    QByteArray m_salt;
    int m_pending = 0;
    int m_fetches = 0;
    quint64 m_generation = 0;
    QTimer m_autoHide;

    CompareModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_compare;
    QPushButton *m_reveal;
    SecretValueEdit *m_leftValue;
    SecretValueEdit *m_rightValue;
};

} // namespace keystage::ui
