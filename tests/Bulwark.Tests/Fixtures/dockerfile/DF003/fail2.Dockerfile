FROM node:20-alpine
WORKDIR /app
COPY . .
# expect: DF003
RUN npm ci && npm run build
# expect: DF003
RUN apk add --no-cache gcc musl-dev
RUN apt-get update \
# expect: DF003
 && apt-get install -y --no-install-recommends build-essential \
 && rm -rf /var/lib/apt/lists/*
# expect: DF003
RUN dotnet publish -c Release -o /out
# expect: DF003
RUN ./mvnw package -DskipTests
