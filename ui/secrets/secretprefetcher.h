// SPDX-License-Identifier: Apache-2.0
// SecretPrefetcher: reads ahead what the user of the secrets table is about to see (issue 18).
// - The next page of secrets, once the last visible row is within half a page of the loaded end
//   (the model's own fetchMore(), so at most one page is ever in flight and only pages the scroll
//   reaches are read: 100,000 secrets scrolled through are still 1,000 pages of 100, not more).
// - The versions of the row under the keyboard cursor, after the cursor has rested pauseMs on it:
//   one read at a time (Bulk priority, behind every interactive call), aborted when the cursor
//   moves on, skipped when the row is selected (the window reads it anyway) or already in the
//   session cache, where the answer goes (SessionCache: a later selection paints from it). A fast
//   scroll through any number of rows makes no read at all until the cursor stops.
// It lives as a child of the view's model and dies with it.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QAbstractItemView;
class QModelIndex;
QT_END_NAMESPACE

namespace keystage {
class ApiReply;
class CsmsClient;
} // namespace keystage

namespace keystage::ui {

class SecretPrefetcher : public QObject
{
    Q_OBJECT

public:
    // view's model must be set (the secrets, or a proxy of them with their NameRole).
    SecretPrefetcher(QAbstractItemView *view, CsmsClient *client, QObject *parent);

    static constexpr int pauseMs = 250;
    int pagesFetched() const { return m_pagesFetched; }
    int versionReads() const { return m_versionReads; } // sent, including aborted ones
    bool isWaiting() const { return m_pause.isActive(); } // the cursor's pause is running

Q_SIGNALS:
    void versionsPrefetched(const QString &secretName); // in the session cache now

private:
    void checkScroll();
    void cursorMoved();
    void readCursorVersions();

    QPointer<QAbstractItemView> m_view;
    QPointer<CsmsClient> m_client;
    QTimer m_pause;
    QPointer<ApiReply> m_reply;
    int m_pagesFetched = 0;
    int m_versionReads = 0;
};

} // namespace keystage::ui
