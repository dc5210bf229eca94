-- CreateTable
CREATE TABLE "LinkState" (
    "stateHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "returnedAt" TIMESTAMPTZ(3),
    "result" TEXT,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LinkState_pkey" PRIMARY KEY ("stateHash")
);

-- CreateIndex
CREATE INDEX "LinkState_userId_idx" ON "LinkState"("userId");

-- CreateIndex
CREATE INDEX "LinkState_expiresAt_idx" ON "LinkState"("expiresAt");

-- AddForeignKey
ALTER TABLE "LinkState" ADD CONSTRAINT "LinkState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
