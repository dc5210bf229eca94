-- CreateTable
CREATE TABLE "DialogInbox" (
    "id" UUID NOT NULL,
    "chatId" BIGINT NOT NULL,
    "userId" UUID,
    "awaiting" TEXT NOT NULL DEFAULT 'busy',
    "nonce" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "heartbeatAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DialogInbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogInboxEntry" (
    "id" BIGSERIAL NOT NULL,
    "dialogId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '',
    "messageId" INTEGER,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DialogInboxEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DialogInbox_chatId_key" ON "DialogInbox"("chatId");

-- CreateIndex
CREATE INDEX "DialogInbox_ownerId_idx" ON "DialogInbox"("ownerId");

-- CreateIndex
CREATE INDEX "DialogInbox_userId_idx" ON "DialogInbox"("userId");

-- CreateIndex
CREATE INDEX "DialogInboxEntry_dialogId_id_idx" ON "DialogInboxEntry"("dialogId", "id");

-- AddForeignKey
ALTER TABLE "DialogInbox" ADD CONSTRAINT "DialogInbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogInboxEntry" ADD CONSTRAINT "DialogInboxEntry_dialogId_fkey" FOREIGN KEY ("dialogId") REFERENCES "DialogInbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;
